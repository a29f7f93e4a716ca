package io.panelist.notifications.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.notifications.MailPayload;
import io.panelist.notifications.MailPayloads;
import io.panelist.notifications.OutboxEntry;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxRepository;
import io.panelist.notifications.OutboxStatus;
import io.panelist.notifications.Transports;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The outbox for administrators: the list with filters, one message in full, and sending a message again. */
@Singleton
public class OutboxAdmin {
    private final OutboxRepository rows;
    private final Transports transports;
    private final AuditService audit;
    private final MailPayloads payloads;
    private final Clock clock;

    OutboxAdmin(OutboxRepository rows, Transports transports, AuditService audit, MailPayloads payloads,
                Clock clock) {
        this.rows = rows;
        this.transports = transports;
        this.audit = audit;
        this.payloads = payloads;
        this.clock = clock;
    }

    /** Messages newest first; status and kind are names of {@link OutboxStatus} and {@link OutboxKind}, or empty. */
    @ReadOnly
    public Page<OutboxMessageResponse> search(@Nullable String status, @Nullable String kind,
                                              @Nullable String recipient, Paging paging) {
        String s = parse("status", status, OutboxStatus.class);
        String k = parse("kind", kind, OutboxKind.class);
        String r = recipient == null || recipient.isBlank() ? null : recipient.trim();
        return new Page<>(rows.search(s, k, r, paging.pageSize(), paging.offset()).stream()
                .map(OutboxMessageResponse::of).toList(), paging.pageNumber(), paging.pageSize(), rows.count(s, k, r));
    }

    @ReadOnly
    public OutboxMessageDetails read(UUID id) {
        OutboxEntry row = rows.findById(id).orElseThrow(() -> new NotFoundException("Outbox message", id));
        MailPayload mail = OutboxKind.valueOf(row.kind()).isMail() && !row.payload().contains("\"erased\"")
                ? payloads.read(row.payload()) : null;
        return new OutboxMessageDetails(OutboxMessageResponse.of(row), mail, row.payload());
    }

    /**
     * Sends a message again: a DEAD one goes back to PENDING with its attempts reset to 0 (it gets every attempt
     * again), due now; a HELD one becomes PENDING once a transport for it is configured, and stays HELD until then;
     * a PENDING one is left as it is. A SENT or SKIPPED message is not sent again (409). Audited.
     */
    @Transactional
    public OutboxMessageResponse retry(UUID actorId, UUID id) {
        OutboxEntry row = rows.findForUpdate(id).orElseThrow(() -> new NotFoundException("Outbox message", id));
        OutboxStatus from = OutboxStatus.valueOf(row.status());
        if (from == OutboxStatus.SENT || from == OutboxStatus.SKIPPED) {
            throw new ConflictException("outbox-not-retriable",
                    "This message is " + from + "; only DEAD and HELD messages are sent again.");
        }
        OutboxStatus to = from == OutboxStatus.PENDING ? from
                : transports.initialStatus(OutboxKind.valueOf(row.kind()));
        if (from != OutboxStatus.PENDING) {
            rows.requeue(id, to.name(), from == OutboxStatus.DEAD ? 0 : row.attempts(), clock.instant());
        }
        audit.record(actorId, "outbox.retried", "outbox-message", id, Map.of("from", from.name(), "to", to.name()));
        return OutboxMessageResponse.of(rows.findById(id).orElseThrow());
    }

    private static <E extends Enum<E>> String parse(String field, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badField(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
