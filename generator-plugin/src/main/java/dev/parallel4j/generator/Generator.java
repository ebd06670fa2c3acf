package dev.parallel4j.generator;

import com.palantir.javapoet.JavaFile;
import dev.parallel4j.generator.emit.Emitter;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.load.LoadedSpec;
import dev.parallel4j.generator.load.OpenApiLoader;
import dev.parallel4j.generator.translate.Translator;
import dev.parallel4j.generator.write.SourceWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator: load, override, translate, emit, write. Plain Java with no Maven types, so it can be driven by
 * the Maven plugin, by tests, or by anything else. Everything is generated in memory first; the output directory
 * is only touched once generation has succeeded, so a bad document leaves the previous sources as they were.
 */
public final class Generator {
    private Generator() {}

    /**
     * What a run produced.
     *
     * @param model the API model the sources were written from
     * @param inputs every file read: the document, files it references, overlays
     * @param warnings what the parser found questionable without failing
     * @param written what the writer did
     */
    public record Result(ApiModel model, List<Path> inputs, List<String> warnings, SourceWriter.Result written) {}

    /**
     * Generates a client.
     *
     * @throws SpecException if the input cannot become a client; nothing has been written then
     */
    public static Result generate(GenerationRequest request) {
        LoadedSpec spec = new OpenApiLoader().load(request.inputSpec(), request.overlays());
        ApiModel model = Translator.translate(spec, request.clientName());
        Map<String, String> sources = render(Emitter.emit(model, request.packageName()));
        SourceWriter.Result written = SourceWriter.write(request.outputDirectory(), sources);
        return new Result(model, spec.files(), spec.warnings(), written);
    }

    /** The text of each file by its path under the output directory. */
    public static Map<String, String> render(List<JavaFile> files) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (JavaFile file : files) {
            String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
            sources.put(path, file.toString());
        }
        return sources;
    }
}
