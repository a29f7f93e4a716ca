package io.panelist.recruiting;

public enum ApplicationStatus {
    ACTIVE, HIRED, REJECTED, WITHDRAWN
}
