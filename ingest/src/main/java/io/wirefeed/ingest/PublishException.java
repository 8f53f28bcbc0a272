package io.wirefeed.ingest;

/** Kafka did not acknowledge a story or a dead letter in time; the input should be offered again later. */
public final class PublishException extends Exception {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
