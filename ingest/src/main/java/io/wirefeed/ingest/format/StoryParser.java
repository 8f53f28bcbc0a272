package io.wirefeed.ingest.format;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;

/** Turns the text of one input document of a single format into the stories it holds. */
public interface StoryParser {
    /** The format name written to the {@code format} header and field ({@code plain}, {@code ninjs}, ...). */
    String format();

    List<WireStory> parse(String text, Instant receivedAt) throws UnreadableStoryException;
}
