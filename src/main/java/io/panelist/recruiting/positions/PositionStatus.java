package io.panelist.recruiting.positions;

public enum PositionStatus {
    OPEN, CLOSED
}
