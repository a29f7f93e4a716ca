package io.panelist.plans;

public enum PlanStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
