package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static dev.parallel4j.it.support.EventStreams.readToEnd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.client.model.ChatCompletion;
import dev.parallel4j.client.model.ChatCompletionRequest;
import dev.parallel4j.client.model.ChatCompletionResponseChunk;
import dev.parallel4j.client.model.ChatCompletionServiceTier;
import dev.parallel4j.client.model.ChatMessage;
import dev.parallel4j.client.model.Choice;
import dev.parallel4j.client.model.ChoiceDelta;
import dev.parallel4j.client.model.CompletionUsage;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.ResponseFormatText;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Chat API (beta): one answer as a JSON completion, and one streamed as chunks ending with {@code [DONE]}. */
@ExtendWith(RecordedApiExtension.class)
final class ChatTest {
    @Test
    @Scenario(value = "chat-create", live = Live.ON_EXISTING_TASK_RUN)
    void createSendsTheConversationWithoutStreamAndReadsTheAnswerWithUsageAndBasis(RecordedApi api) {
        String taskRunId = api.existingId(TASK_RUN_ID);

        ChatCompletion completion = api.client().chat().create(ChatCompletionRequest.builder()
                .model("base")
                .addMessage(message(ChatMessage.Role.SYSTEM, "Answer for a bicycle fleet buyer. Be brief."))
                .addMessage(message(ChatMessage.Role.USER,
                        "What lead time does Kvist Sykkelverksted quote for a made-to-measure titanium frame?"))
                .responseFormat(ResponseFormatText.builder().build())
                .previousInteractionId(taskRunId)
                .stream(true) // create() answers with one completion whatever this says: it is not sent
                .build());

        assertThat(completion.object()).isEqualTo("chat.completion");
        assertThat(completion.model()).isEqualTo("base");
        Choice choice = completion.choices().get(0);
        assertThat(choice.index()).isZero();
        assertThat(choice.finishReason()).contains(Choice.FinishReason.STOP);
        api.replayedValues(() -> {
            assertThat(completion.id()).isEqualTo("chatcmpl_8d2f6b0a4e1c4937a5d9c3e7b1f0a624");
            assertThat(completion.created()).isEqualTo(1_772_875_800L);
            assertThat(choice.delta()).as("a whole completion has no delta").isEmpty();
            ChoiceDelta message = choice.message().orElseThrow();
            assertThat(message.role()).contains(ChoiceDelta.Role.ASSISTANT);
            assertThat(message.content()).contains(
                    "Kvist Sykkelverksted quotes 10 to 12 weeks from the fit session to a finished titanium frame.");
            assertThat(choice.logprobs()).as("logprobs: null").isEmpty();
            assertThat(completion.serviceTier()).contains(ChatCompletionServiceTier.DEFAULT);
            assertThat(completion.systemFingerprint()).as("system_fingerprint: null").isEmpty();
            CompletionUsage usage = completion.usage().orElseThrow();
            assertThat(List.of(usage.promptTokens(), usage.completionTokens(), usage.totalTokens()))
                    .containsExactly(61L, 24L, 85L);
            assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).contains(32L);
            assertThat(usage.completionTokensDetails().orElseThrow().reasoningTokens()).contains(0L);
            FieldBasis basis = completion.basis().get(0);
            assertThat(basis.field()).isEqualTo("content");
            assertThat(basis.citations().get(0).url()).isEqualTo("https://kvist-sykkel.example/titan");
            assertThat(completion.interactionId()).contains("chat_4b9e1d7a3f0c4e52b8a6d2f0c9e3b715");
        });
        api.onlyRequest()
                .is("POST", "/v1beta/chat/completions")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasJsonBody("""
                        {"model": "base",
                         "messages": [
                           {"role": "system", "content": "Answer for a bicycle fleet buyer. Be brief."},
                           {"role": "user", "content": "What lead time does Kvist Sykkelverksted quote for a made-to-measure titanium frame?"}],
                         "response_format": {"type": "text"},
                         "previous_interaction_id": "%s"}
                        """.formatted(taskRunId));
    }

    @Test
    @Scenario("chat-stream")
    void createStreamingSetsStreamAndAssemblesTheAnswerFromChunksUntilDone(RecordedApi api) {
        List<ChatCompletionResponseChunk> chunks = readToEnd(api.client().chat().createStreaming(
                ChatCompletionRequest.builder()
                        .model("speed")
                        .addMessage(message(ChatMessage.Role.USER, "In one sentence: which Nordic countries have"
                                + " workshops that build titanium bicycle frames to measure?"))
                        .build()));

        assertThat(chunks).isNotEmpty().allSatisfy(chunk -> {
            assertThat(chunk.object()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.id()).isEqualTo(chunks.get(0).id());
        });
        String answer = chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .map(choice -> choice.delta().orElseThrow().content().orElse(""))
                .collect(Collectors.joining());
        assertThat(answer).isNotBlank();
        assertThat(chunks.stream().flatMap(chunk -> chunk.choices().stream()).reduce((earlier, later) -> later))
                .as("the last choice says why generation stopped")
                .hasValueSatisfying(last -> assertThat(last.finishReason()).contains(Choice.FinishReason.STOP));
        api.replayedValues(() -> {
            assertThat(chunks).as("[DONE] ends the stream and is no chunk").hasSize(5);
            assertThat(answer).isEqualTo("Norway, Sweden and Finland each have at least one such workshop.");
            assertThat(chunks.get(0).choices().get(0).delta().orElseThrow().role()).contains(ChoiceDelta.Role.ASSISTANT);
            assertThat(chunks.subList(0, 4)).allSatisfy(chunk -> {
                assertThat(chunk.choices().get(0).finishReason()).as("finish_reason: null").isEmpty();
                assertThat(chunk.usage()).isEmpty();
            });
            ChatCompletionResponseChunk closing = chunks.get(4);
            assertThat(closing.usage().orElseThrow().totalTokens()).isEqualTo(43);
            assertThat(closing.interactionId()).contains("chat_0e6a2c8f4d1b4973a5c9e1f7b3d0a286");
            assertThat(closing.basis()).as("basis left out: the default").isEmpty();
        });
        api.onlyRequest()
                .is("POST", "/v1beta/chat/completions")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasHeader("Accept", "text/event-stream")
                .hasJsonBody("""
                        {"model": "speed",
                         "messages": [{"role": "user", "content": "In one sentence: which Nordic countries have workshops that build titanium bicycle frames to measure?"}],
                         "stream": true}
                        """);
    }

    private static ChatMessage message(ChatMessage.Role role, String content) {
        return ChatMessage.builder().role(role).content(content).build();
    }
}
