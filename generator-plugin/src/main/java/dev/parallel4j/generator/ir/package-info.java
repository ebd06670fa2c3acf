/**
 * The API model: an immutable description of the client to generate (services, operations, parameters, types),
 * built by {@code translate} from the OpenAPI document and read by {@code emit}. All naming, nullability, union
 * and enum decisions are already made here.
 */
package dev.parallel4j.generator.ir;
