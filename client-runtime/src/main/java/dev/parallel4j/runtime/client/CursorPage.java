package dev.parallel4j.runtime.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a cursor-paginated list, with the way to the next: {@link #nextPage()} fetches it (and
 * {@link #nextPageAsync()} without blocking), and {@link #autoPager()} / {@link #stream()} walk every item of every
 * following page, fetching pages only as the walk reaches them.
 *
 * <pre>{@code
 * for (MonitorResponse monitor : client.monitors().list().autoPager()) { ... }
 * }</pre>
 *
 * @param <R> the response body of one page
 * @param <T> the items
 */
public final class CursorPage<R, T> {
    private final R response;
    private final List<T> items;
    private final String nextCursor;
    private final Function<String, CompletableFuture<CursorPage<R, T>>> fetch;

    /**
     * Creates a page.
     *
     * @param response the page's response body
     * @param items its items
     * @param nextCursor the cursor of the next page, or {@code null} (or empty) on the last page
     * @param fetch starts fetching the page at a cursor, with the same parameters as this one
     */
    public CursorPage(R response, List<T> items, String nextCursor, Function<String, CompletableFuture<CursorPage<R, T>>> fetch) {
        this.response = Objects.requireNonNull(response, "response");
        this.items = List.copyOf(items);
        this.nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /**
     * The page's whole response body.
     *
     * @return the response body as parsed, its items and cursor included
     */
    public R response() {
        return response;
    }

    /**
     * The items of this page only.
     *
     * @return the items of this page, unmodifiable
     */
    public List<T> items() {
        return items;
    }

    /**
     * The cursor of the next page, if there is one.
     *
     * @return the cursor, or empty on the last page
     */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /**
     * Whether another page follows.
     *
     * @return {@code true} unless this is the last page
     */
    public boolean hasNextPage() {
        return nextCursor != null;
    }

    /**
     * Fetches the next page.
     *
     * @return the next page, fetched with the same parameters as this one
     * @throws NoSuchElementException on the last page
     * @throws dev.parallel4j.runtime.error.ApiException if the call fails
     */
    public CursorPage<R, T> nextPage() {
        return Futures.runInPlace(this::nextPageAsync);
    }

    /**
     * Starts fetching the next page without blocking.
     *
     * @return a future of the next page; cancelling it aborts the call
     * @throws NoSuchElementException on the last page
     */
    public CompletableFuture<CursorPage<R, T>> nextPageAsync() {
        if (nextCursor == null) {
            throw new NoSuchElementException("This is the last page");
        }
        return fetch.apply(nextCursor);
    }

    /**
     * Every item of this page and of each following page, fetched as the iteration reaches it.
     *
     * @return the items of this page and the following ones; each iteration starts again at this page
     */
    public Iterable<T> autoPager() {
        return AutoPager::new;
    }

    /**
     * As {@link #autoPager()}, as a sequential stream.
     *
     * @return the items of this page and the following ones, fetching pages as the stream is consumed
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new AutoPager(), Spliterator.ORDERED), false);
    }

    @Override
    public String toString() {
        return "CursorPage{items=" + items.size() + ", nextCursor=" + nextCursor + "}";
    }

    private final class AutoPager implements Iterator<T> {
        private CursorPage<R, T> page = CursorPage.this;
        private Iterator<T> current = items.iterator();

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && page.hasNextPage()) {
                page = page.nextPage();
                current = page.items.iterator();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
