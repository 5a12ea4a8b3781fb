package io.github.jiceng.governance.audit;

/**
 * What pruning the audit trail did.
 *
 * @param removed how many records were removed
 * @param anchor the last record removed, from which the rest of the trail verifies (the chain's
 *     anchor): keep it with the exported checkpoints
 */
public record Pruning(int removed, Checkpoint anchor) {}
