package io.panelist.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One operation of the API and what every caller gets from it. Without {@link #open}, the three callers without a
 * valid token (none, expired, tampered) get 401.
 */
final class Row {
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    final String method;
    final String template;
    final Function<World, Object> parameter;
    final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
    BiFunction<World, Caller, Object> body;
    BiFunction<World, Caller, Map<String, String>> headers = (w, c) -> Map.of();
    Function<World, String> query = w -> null;
    Function<Object, String> etagFrom;
    boolean freshToken;
    int auditEvents = 1;
    String auditException;
    String readAudit;

    private Row(String operation, Function<World, Object> parameter) {
        String[] parts = operation.split(" ", 2);
        this.method = parts[0];
        this.template = parts[1];
        this.parameter = parameter;
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.EXPIRED, Caller.TAMPERED)) {
            expected.put(caller, 401);
        }
    }

    /** An operation without a path parameter. */
    static Row op(String operation) {
        return new Row(operation, w -> null);
    }

    /** An operation whose one path parameter comes from the world (called once per call: writes make fresh ones). */
    static Row op(String operation, Function<World, Object> parameter) {
        return new Row(operation, parameter);
    }

    String operation() {
        return method + " " + template;
    }

    boolean isWrite() {
        return WRITES.contains(method);
    }

    /** What Admin, Rita (RECRUITER), Ana, Ben, Carl (INTERVIEWER), Mo and Olga (HIRING_MANAGER) get, in that order. */
    Row expect(int admin, int recruiter, int ana, int ben, int carl, int mo, int olga) {
        int[] statuses = {admin, recruiter, ana, ben, carl, mo, olga};
        List<Caller> people = Caller.people();
        for (int i = 0; i < statuses.length; i++) {
            expected.put(people.get(i), statuses[i]);
        }
        return this;
    }

    /** Public: what the callers without a valid token get (none, expired, tampered), instead of 401. */
    Row open(int anonymous, int expired, int tampered) {
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.EXPIRED, expired);
        expected.put(Caller.TAMPERED, tampered);
        return this;
    }

    Row body(BiFunction<World, Caller, Object> body) {
        this.body = body;
        return this;
    }

    Row body(Function<World, Object> body) {
        this.body = (w, c) -> body.apply(w);
        return this;
    }

    /** The query string the call carries (without "?"), for operations a query parameter points at the object. */
    Row query(Function<World, String> query) {
        this.query = query;
        return this;
    }

    Row headers(BiFunction<World, Caller, Map<String, String>> headers) {
        this.headers = headers;
        return this;
    }

    /** Sends {@code If-Match} with the ETag of this path, read as the caller (or else as its owner Ana or Admin). */
    Row ifMatch(Function<Object, String> readPath) {
        this.etagFrom = readPath;
        return this;
    }

    /** Signs each person in anew for the call, because the call ends or changes their session. */
    Row freshToken() {
        this.freshToken = true;
        return this;
    }

    /** A successful call leaves this many audit events instead of one, for the reason given. */
    Row auditEvents(int events, String reason) {
        this.auditEvents = events;
        this.auditException = reason;
        return this;
    }

    /** A write that is deliberately not audited, for the reason given. */
    Row notAudited(String reason) {
        return auditEvents(0, reason);
    }

    /** A read that deliberately leaves one audit event when it answers, for the reason given. */
    Row auditsReads(String reason) {
        this.readAudit = reason;
        return this;
    }

    /** Audit events a call answered with {@code status} leaves. */
    long auditEventsFor(int status) {
        if (status >= 300) {
            return 0;
        }
        return isWrite() ? auditEvents : readAudit != null ? 1 : 0;
    }

    @Override
    public String toString() {
        return operation();
    }
}
