package io.wirefeed.monitor;

import io.wirefeed.model.Alert;
import java.util.ArrayList;
import java.util.List;

/** Bounded newest-first lists the monitor keeps per subject (stories) and overall (alerts). */
final class Recent {
    static final int STORIES = 20;
    static final int ALERTS = 100;

    private Recent() {}

    /** The stories last seen for one subject, newest first; a new version of a story replaces the old. */
    record Stories(List<StorySummary> stories) {
        Stories add(StorySummary s) {
            return new Stories(push(stories, s, STORIES, x -> x.id().equals(s.id())));
        }
    }

    /** The last alerts, newest first. */
    record Alerts(List<Alert> alerts) {
        Alerts add(Alert a) {
            return new Alerts(push(alerts, a, ALERTS, x -> false));
        }
    }

    private static <T> List<T> push(List<T> list, T item, int max, java.util.function.Predicate<T> replaces) {
        List<T> out = new ArrayList<>(Math.min(max, (list == null ? 0 : list.size()) + 1));
        out.add(item);
        for (T x : list == null ? List.<T>of() : list) {
            if (out.size() == max) {
                break;
            }
            if (!replaces.test(x)) {
                out.add(x);
            }
        }
        return out;
    }
}
