package io.panelist.recruiting.candidates;

import io.panelist.shared.erasure.PersonMentions;

import java.util.List;
import java.util.UUID;

/**
 * A feature that holds data about candidates. The right of access collects every holder's section into one
 * document; erasure asks every holder to replace the person's mentions in its free text. Both run inside the
 * caller's transaction.
 */
public interface CandidateDataHolder {
    /** The name of this holder's part of the export, such as {@code interviews}. */
    String section();

    /** Everything this holder keeps about the candidate, ready to serialize. */
    Object export(UUID candidateId);

    /**
     * The ids of what this holder keeps about the candidate, as its audit events name their entity: erasure looks for
     * every form of the person's mentions in those events' details (in other events, only for the unambiguous ones).
     */
    List<UUID> entityIds(UUID candidateId);

    /**
     * Replaces the person's mentions in every free text this holder keeps that may mention them, in a constant number
     * of statements (a {@link io.panelist.shared.erasure.FreeTextEraser} does it a table at a time).
     */
    void erase(UUID candidateId, PersonMentions mentions);
}
