package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tests page navigation and lazy auto-paging over an in-memory three-page list. */
final class CursorPageTest {
    private static final Map<String, List<String>> PAGES = Map.of("", List.of("a", "b"), "c2", List.of("c"), "c3", List.of("d", "e"));
    private static final Map<String, String> NEXT = Map.of("", "c2", "c2", "c3", "c3", "");

    private final List<String> fetched = new ArrayList<>();

    private CompletableFuture<CursorPage<String, String>> page(String cursor) {
        fetched.add(cursor);
        return CompletableFuture.completedFuture(new CursorPage<>("body " + cursor, PAGES.get(cursor), NEXT.get(cursor), this::page));
    }

    @Test
    void walksEveryPageInOrder() {
        CursorPage<String, String> first = page("").join();
        assertThat(first.items()).containsExactly("a", "b");
        assertThat(first.response()).isEqualTo("body ");
        CursorPage<String, String> second = first.nextPage();
        assertThat(second.items()).containsExactly("c");
        CursorPage<String, String> third = second.nextPageAsync().join();
        assertThat(third.items()).containsExactly("d", "e");
        assertThat(third.hasNextPage()).isFalse();
        assertThat(third.nextCursor()).isEmpty();
        assertThatThrownBy(third::nextPage).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(third::nextPageAsync).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void autoPagerFetchesPagesOnlyWhenReached() {
        CursorPage<String, String> first = page("").join();
        var items = first.autoPager().iterator();
        assertThat(items.next()).isEqualTo("a");
        assertThat(items.next()).isEqualTo("b");
        assertThat(fetched).containsExactly("");
        assertThat(items.next()).isEqualTo("c");
        assertThat(fetched).containsExactly("", "c2");
        assertThat(first.stream().collect(Collectors.toList())).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void emptyCursorMeansLastPage() {
        CursorPage<String, String> last = new CursorPage<>("r", List.of("x"), "", this::page);
        assertThat(last.hasNextPage()).isFalse();
        assertThat(last.stream().collect(Collectors.toList())).containsExactly("x");
        assertThat(fetched).isEmpty();
    }
}
