package dev.parallel4j.runtime.client;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a response body with another subscriber, but gives up when a deadline passes: the body then fails with
 * {@link TimeoutException} and the subscription is cancelled, which closes the connection. A blocking
 * {@code HttpClient.send} bounds only the wait for the response headers by the request's timeout; this bounds
 * the body.
 *
 * @param <B> the body type
 */
final class DeadlineBodySubscriber<B> implements BodySubscriber<B> {
    private final BodySubscriber<B> delegate;
    private final CompletableFuture<B> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    /**
     * Wraps a subscriber.
     *
     * @param remainingNanos how long the body may still take
     */
    DeadlineBodySubscriber(BodySubscriber<B> delegate, long remainingNanos) {
        this.delegate = delegate;
        delegate.getBody().whenComplete((value, failure) -> {
            if (failure != null) {
                body.completeExceptionally(failure);
            } else {
                body.complete(value);
            }
        });
        // the timer is dropped as soon as the body is complete, so it holds nothing for long
        body.orTimeout(Math.max(remainingNanos, 0), TimeUnit.NANOSECONDS).whenComplete((value, failure) -> {
            if (failure instanceof TimeoutException) {
                cancelSubscription();
            }
        });
    }

    private void cancelSubscription() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public CompletionStage<B> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        delegate.onSubscribe(subscription);
        if (body.isCompletedExceptionally()) {
            subscription.cancel(); // the deadline passed before the body started
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
        delegate.onComplete();
    }
}
