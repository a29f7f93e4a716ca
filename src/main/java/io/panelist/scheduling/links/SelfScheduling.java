package io.panelist.scheduling.links;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.panelist.scheduling.InterviewConflictException;
import io.panelist.shared.problem.PanelistException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Self-scheduling for the candidate, who is not signed in: the token in the link is their only key. An unknown,
 * expired or revoked token is not found. Each write is one transaction ({@link SelfBookingWrites}); when another
 * booking got there first (a check saw it, or PostgreSQL refused the insert), that transaction has rolled back and
 * the answer is a 409 that names no interviewer.
 */
@Singleton
public class SelfScheduling {
    /** Exclusion and unique violations, serialization failures and deadlocks between concurrent bookings. */
    private static final Set<String> CLASHES = Set.of("23P01", "23505", "40001", "40P01");
    private final SelfBookingWrites writes;

    SelfScheduling(SelfBookingWrites writes) {
        this.writes = writes;
    }

    public PublicSchedulingView view(String token) {
        return writes.view(token);
    }

    /** Books one of the offered starts with the panel find-times suggests for it now. */
    public BookingResponse book(String token, BookSlotRequest request) {
        return refusingClashes(() -> writes.book(token, request));
    }

    /** Moves the link's round to another offered start, until the round starts. */
    public BookingResponse move(String token, BookSlotRequest request) {
        return refusingClashes(() -> writes.move(token, request));
    }

    /** Cancels the link's round, until it starts; the link may book again while it is open. */
    public void cancel(String token) {
        refusingClashes(() -> {
            writes.cancel(token);
            return null;
        });
    }

    private static <T> T refusingClashes(Supplier<T> write) {
        try {
            return write.get();
        } catch (SelfSchedulingConflictException e) {
            throw e;
        } catch (InterviewConflictException e) {
            throw SelfSchedulingConflictException.slotTaken();
        } catch (PanelistException e) {
            // scheduling's other conflicts (a round closed meanwhile, a limit reached) name people: say it plainly
            throw e.status() == HttpStatus.CONFLICT ? SelfSchedulingConflictException.slotTaken() : e;
        } catch (DataAccessException e) {
            if (clash(e)) {
                throw SelfSchedulingConflictException.slotTaken();
            }
            throw e;
        }
    }

    private static boolean clash(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && CLASHES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
