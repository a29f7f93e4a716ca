package io.panelist.faults;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A panelist's scoring page on an upcoming interview: reads the scorecard once for its version, then saves the whole
 * draft again and again with If-Match naming the version of the last answer. After any refusal it reads again, since
 * a save whose answer was lost may have committed.
 */
final class AutosaveClient extends LoadClient {
    private final String token;
    private final String path;
    private final List<String> topicKeys;
    private UUID scorecardId;
    private Long version;
    private int edits;
    private boolean lastSaveAcknowledged;

    AutosaveClient(String name, LoadHttp http, Ledger ledger, AtomicBoolean running, FaultRunTargets.Panelist panelist) {
        super(name, http, ledger, running);
        this.token = panelist.token();
        this.path = "/api/v1/interviews/" + panelist.interviewId() + "/scorecard";
        this.topicKeys = panelist.topicKeys();
    }

    @Override
    void step() {
        lastSaveAcknowledged = false;
        if (version == null) {
            LoadHttp.Reply read = send("read scorecard", false, "GET", path, token, null, null);
            if (read.ok()) {
                scorecardId = UUID.fromString(read.body().get("id").asText());
                version = read.body().get("version").asLong();
            }
            return;
        }
        Draft draft = Draft.edit(name, ++edits, topicKeys, false);
        ledger.saveSent(scorecardId, version, draft);
        LoadHttp.Reply saved = send("autosave", true, "PUT", path, token, etag(version), draft.body());
        if (!saved.ok()) {
            version = null;
            return;
        }
        version = saved.body().get("version").asLong();
        ledger.saved.add(new Ledger.Saved(scorecardId, version, draft));
        lastSaveAcknowledged = true;
    }

    boolean lastSaveAcknowledged() {
        return lastSaveAcknowledged;
    }
}
