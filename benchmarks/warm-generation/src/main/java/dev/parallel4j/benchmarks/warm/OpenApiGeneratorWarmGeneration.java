package dev.parallel4j.benchmarks.warm;

import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * OpenAPI Generator's {@code java} generator with library {@code native}, configured as the generation benchmark's
 * pom configures its Maven plugin, many times in one JVM.
 */
public final class OpenApiGeneratorWarmGeneration {
    private OpenApiGeneratorWarmGeneration() {}

    /**
     * Generates the client repeatedly.
     *
     * @param args the document, then the number of runs
     */
    public static void main(String[] args) throws Exception {
        WarmRuns.time(args, folder -> {
            CodegenConfigurator configurator = new CodegenConfigurator()
                    .setGeneratorName("java")
                    .setLibrary("native")
                    .setInputSpec(args[0])
                    .setOutputDir(folder.toString())
                    .setApiPackage("com.example.generated.api")
                    .setModelPackage("com.example.generated.model")
                    .setInvokerPackage("com.example.generated");
            DefaultGenerator generator = new DefaultGenerator();
            generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
            generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
            generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
            generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
            generator.opts(configurator.toClientOptInput()).generate();
        });
    }
}
