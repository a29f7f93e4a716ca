package io.panelist.recruiting;

public enum PositionStatus {
    OPEN, CLOSED
}
