package dev.parallel4j.benchmarks.coldstart;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.models.ModelInfo;

/**
 * A fresh JVM's first call with Anthropic's Java SDK (Stainless-generated, OkHttp): retrieve one model from the
 * server named by the first argument (the model's id is the second), the SDK's equivalent of retrieving one FindAll
 * run, and exit.
 */
public final class AnthropicFirstCall {
    private AnthropicFirstCall() {}

    /** {@code AnthropicFirstCall <base-url> <model-id>}. */
    public static void main(String[] args) {
        AnthropicClient client = AnthropicOkHttpClient.builder().apiKey("bench-key").baseUrl(args[0]).build();
        ModelInfo model = client.models().retrieve(args[1]);
        System.out.println(model.id() + " " + model.displayName());
        System.exit(0);
    }
}
