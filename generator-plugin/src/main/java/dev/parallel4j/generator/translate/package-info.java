/**
 * The {@code translate} step: from swagger-parser's model of the document to the API model in {@code ir}. Every
 * decision about Java names ({@code Naming}, {@code OperationNamer}), types ({@code SchemaTranslator}), unions
 * ({@code UnionTranslator}, {@code UnionLinker}) and operations ({@code OperationTranslator}) is made here.
 */
package dev.parallel4j.generator.translate;
