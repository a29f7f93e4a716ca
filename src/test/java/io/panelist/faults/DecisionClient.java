package io.panelist.faults;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The hiring manager going through finished applications in turn: decides one that stands open, reopens one that
 * stands decided, and reads the decision first whenever the last answer about it was a refusal (a lost answer may
 * hide a committed decision or reopening).
 */
final class DecisionClient extends LoadClient {
    private final String token;
    private final List<UUID> applications;
    /** The standing decision of each application (empty: open); absent while unknown. */
    private final Map<UUID, Optional<UUID>> standing = new HashMap<>();
    private int position;

    DecisionClient(String name, LoadHttp http, Ledger ledger, AtomicBoolean running, String managerToken,
                   List<UUID> applications) {
        super(name, http, ledger, running);
        this.token = managerToken;
        this.applications = List.copyOf(applications);
    }

    @Override
    void step() {
        UUID application = applications.get(position++ % applications.size());
        String path = "/api/v1/applications/" + application;
        Optional<UUID> decision = standing.remove(application);
        if (decision == null) {
            LoadHttp.Reply read = send("read decision", false, "GET", path + "/decision", token, null, null);
            if (read.ok()) {
                standing.put(application, standingOf(read.body()));
            }
        } else if (decision.isEmpty()) {
            String outcome = position % 2 == 0 ? "HIRE" : "NO_HIRE";
            String rationale = name + " decision " + position + ": every scorecard was read and weighed before deciding";
            ledger.decisionTextsSent.add(rationale);
            LoadHttp.Reply decided = send("decision", true, "POST", path + "/decision", token, null,
                    Map.of("outcome", outcome, "rationale", rationale, "acknowledgePending", true));
            if (decided.ok()) {
                Optional<UUID> made = standingOf(decided.body());
                standing.put(application, made);
                ledger.decided.add(new Ledger.Decided(application, made.orElseThrow(), outcome, rationale));
            }
        } else {
            String reason = name + " reopening " + position + ": new evidence came in";
            ledger.decisionTextsSent.add(reason);
            LoadHttp.Reply reopened = send("reopening", true, "POST", path + "/reopen", token, null,
                    Map.of("reason", reason));
            if (reopened.ok()) {
                standing.put(application, standingOf(reopened.body()));
                ledger.reopened.add(new Ledger.Reopened(application, decision.get(), reason));
            }
        }
    }

    private static Optional<UUID> standingOf(JsonNode decision) {
        JsonNode standing = decision.get("decision");
        return standing == null || standing.isNull() ? Optional.empty()
                : Optional.of(UUID.fromString(standing.get("id").asText()));
    }
}
