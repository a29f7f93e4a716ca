package io.panelist.faults;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A round from booking to submission, again and again: the recruiter records an interview that already happened with
 * this panelist, the panelist opens its scorecard, saves it complete and submits it. A step that is refused is taken
 * again, after reading the scorecard when the refused request may have changed it.
 */
final class SubmissionClient extends LoadClient {
    private enum Next { BOOK, READ, SAVE, SUBMIT }

    private final BookingClient recruiter;
    private final String token;
    private final List<String> topicKeys;
    private Next next = Next.BOOK;
    private String path;
    private UUID scorecardId;
    private long version;
    private Ledger.Saved lastSaved;
    private int edits;

    SubmissionClient(String name, LoadHttp http, Ledger ledger, AtomicBoolean running, String recruiterToken,
                     FaultRunTargets.Round round, FaultRunTargets.Panelist panelist) {
        super(name, http, ledger, running);
        this.recruiter = new BookingClient(name + " (recruiter)", http, ledger, running, recruiterToken, round);
        this.token = panelist.token();
        this.topicKeys = panelist.topicKeys();
    }

    @Override
    void step() {
        switch (next) {
            case BOOK -> book();
            case READ -> read();
            case SAVE -> save();
            case SUBMIT -> submit();
        }
    }

    private void book() {
        UUID interview = recruiter.book(true);
        if (interview != null) {
            path = "/api/v1/interviews/" + interview + "/scorecard";
            lastSaved = null;
            next = Next.READ;
        }
    }

    private void read() {
        LoadHttp.Reply read = send("read scorecard", false, "GET", path, token, null, null);
        if (!read.ok()) {
            return;
        }
        scorecardId = UUID.fromString(read.body().get("id").asText());
        version = read.body().get("version").asLong();
        if (read.body().get("status").asText().equals("SUBMITTED")) {
            next = Next.BOOK;
        } else {
            next = lastSaved != null && lastSaved.version() == version ? Next.SUBMIT : Next.SAVE;
        }
    }

    private void save() {
        Draft draft = Draft.edit(name, ++edits, topicKeys, true);
        ledger.saveSent(scorecardId, version, draft);
        LoadHttp.Reply saved = send("autosave", true, "PUT", path, token, etag(version), draft.body());
        if (!saved.ok()) {
            next = Next.READ;
            return;
        }
        version = saved.body().get("version").asLong();
        lastSaved = new Ledger.Saved(scorecardId, version, draft);
        ledger.saved.add(lastSaved);
        next = Next.SUBMIT;
    }

    private void submit() {
        LoadHttp.Reply submitted = send("submission", true, "POST", path + "/submit", token, null, null);
        if (!submitted.ok()) {
            next = Next.READ;
            return;
        }
        ledger.submitted.add(new Ledger.Submitted(scorecardId, submitted.body().get("version").asLong(),
                lastSaved.draft()));
        next = Next.BOOK;
    }
}
