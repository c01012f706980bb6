package vn.lienhiep.platform.readmodel;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where we are, and how many there are in all. Pages count from 0. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResult<T> of(List<T> items, int page, int size, long totalItems) {
        int pages = size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        return new PageResult<>(items, page, size, totalItems, pages);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
