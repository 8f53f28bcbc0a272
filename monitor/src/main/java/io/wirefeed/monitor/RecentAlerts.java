package io.wirefeed.monitor;

import io.wirefeed.model.Alert;
import java.util.ArrayList;
import java.util.List;

/** The last alerts, newest first, in one bounded list: alerts are few next to stories. */
record RecentAlerts(List<Alert> alerts) {
    static final int MAX = 100;

    RecentAlerts add(Alert a) {
        List<Alert> out = new ArrayList<>(MAX);
        out.add(a);
        for (Alert x : alerts == null ? List.<Alert>of() : alerts) {
            if (out.size() == MAX) {
                break;
            }
            out.add(x);
        }
        return new RecentAlerts(out);
    }
}
