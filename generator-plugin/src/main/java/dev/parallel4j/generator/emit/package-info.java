/**
 * The {@code emit} step: pure functions from the API model to JavaPoet files, one emitter per kind of output
 * (models, enums, unions, parameter classes, services, the client). Emitters never see the OpenAPI document.
 */
package dev.parallel4j.generator.emit;
