package io.panelist.recruiting.candidates;

import java.util.List;
import java.util.UUID;

/**
 * A feature that holds data about candidates. The right of access collects every holder's section into one
 * document; erasure asks every holder to anonymize the person's identifiers in its free text. Both run inside the
 * caller's transaction.
 */
public interface CandidateDataHolder {
    /** The name of this holder's part of the export, such as {@code interviews}. */
    String section();

    /** Everything this holder keeps about the candidate, ready to serialize. */
    Object export(UUID candidateId);

    /** Replaces each identifier (name, email, phone) wherever this holder stores text about the candidate. */
    void erase(UUID candidateId, List<String> identifiers, String replacement);
}
