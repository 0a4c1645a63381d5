package guide.translation.xliff;

/** Where a piece of a Markdown body is: from {@code start} (inclusive) to {@code end} (exclusive), in characters. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: " + start + ".." + end);
        }
    }

    /** True when {@code other} lies wholly inside this range. */
    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    /** True when the two share at least one character. */
    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }
}
