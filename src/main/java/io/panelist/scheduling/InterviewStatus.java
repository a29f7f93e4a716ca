package io.panelist.scheduling;

public enum InterviewStatus {
    SCHEDULED, COMPLETED, CANCELLED, NO_SHOW
}
