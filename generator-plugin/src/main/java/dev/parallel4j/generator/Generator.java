package dev.parallel4j.generator;

import com.palantir.javapoet.JavaFile;
import dev.parallel4j.generator.emit.Emitter;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.load.LoadedSpec;
import dev.parallel4j.generator.load.OpenApiLoader;
import dev.parallel4j.generator.translate.Translator;
import dev.parallel4j.generator.write.SourceWriter;
import java.nio.file.Path;
import java.util.Collections;
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
     * A client generated in memory, not yet written.
     *
     * @param model the API model the sources are emitted from
     * @param inputs every file read (the document, files it references, overlays) with the SHA-256 of the bytes
     *     read, in that order
     * @param warnings what the parser found questionable without failing
     * @param sources the text of each file by its path under the output directory
     */
    public record Prepared(ApiModel model, Map<Path, String> inputs, List<String> warnings, Map<String, String> sources) {
        /** Copies the collections, keeping their order. */
        public Prepared {
            inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
            warnings = List.copyOf(warnings);
            sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        }
    }

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
        Prepared prepared = prepare(request);
        return write(request, prepared);
    }

    /**
     * Loads, translates and emits, touching nothing on disk.
     *
     * @throws SpecException if the input cannot become a client
     */
    public static Prepared prepare(GenerationRequest request) {
        LoadedSpec spec = new OpenApiLoader().load(request.inputSpec(), request.overlays());
        ApiModel model = Translator.translate(spec, request.clientName());
        return new Prepared(model, spec.digests(), spec.warnings(), render(Emitter.emit(model, request.packageName())));
    }

    /** Writes prepared sources to the request's output directory, touching only what changed. */
    public static Result write(GenerationRequest request, Prepared prepared) {
        SourceWriter.Result written = SourceWriter.write(request.outputDirectory(), prepared.sources());
        return new Result(prepared.model(), List.copyOf(prepared.inputs().keySet()), prepared.warnings(), written);
    }

    /**
     * The text of each file by its path under the output directory, in the order of the files. Rendering a file
     * is most of the time of emitting it, and the files are independent (JavaPoet's specs are immutable and it keeps
     * no mutable static state), so they are rendered by a parallel stream, on the common fork-join pool: one thread
     * a processor. The texts are the same as rendered one at a time, and in the same order.
     */
    public static Map<String, String> render(List<JavaFile> files) {
        List<String> texts = files.parallelStream().map(JavaFile::toString).toList();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            JavaFile file = files.get(i);
            sources.put(file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java", texts.get(i));
        }
        return sources;
    }
}
