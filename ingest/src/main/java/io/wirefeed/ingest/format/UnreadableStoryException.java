package io.wirefeed.ingest.format;

/** Input that no parser can turn into a story; the message is the reason written to the dead-letter topic. */
public final class UnreadableStoryException extends Exception {
    public UnreadableStoryException(String reason) {
        super(reason);
    }

    public UnreadableStoryException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
