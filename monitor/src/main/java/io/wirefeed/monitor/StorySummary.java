package io.wirefeed.monitor;

import io.wirefeed.model.EnrichedStory;
import java.time.Instant;

/** A story as the recent-stories lists keep it: enough to list and link it, not the body. */
public record StorySummary(String id, String headline, String provider, String language, Instant receivedAt) {
    public static StorySummary of(EnrichedStory s) {
        return new StorySummary(s.id(), s.headline(), s.provider(), s.language(), s.receivedAt());
    }
}
