/**
 * The impact preview of a proposed rule-set version: past complaints, as they were taken in, decided
 * again by the active version and by the proposed one, and what would differ (department, priority, SLA
 * targets, category), counted, cross-tabulated by department and illustrated with example cases. A
 * preview reads cases and changes none; only its finished summary is stored, so that the activation step
 * on any node can show it.
 */
package org.triagem.domain.model.impact;
