/**
 * The audit trail (审计日志): an append-only, hash-chained record of what was decided and who saw
 * personal data, which nobody can change, remove, insert into or reorder without {@link
 * io.github.jiceng.governance.audit.AuditChain#verify verification} noticing.
 *
 * <p>Each {@link io.github.jiceng.governance.audit.AuditRecord} carries a sequence number, a time
 * from the facade's clock, the actor, the {@link io.github.jiceng.governance.audit.AuditAction
 * action}, the subject's id, a digest of the payload (never the personal data itself) and the hash
 * of the record before it. A record's hash covers all of these, so editing any field breaks it, and
 * removing, inserting or moving a record breaks the link of the record after it.
 *
 * <p><b>The limit of a hash chain.</b> Cutting records off the end of the trail leaves a shorter
 * chain that is still whole. It is detected only against a {@link
 * io.github.jiceng.governance.audit.Checkpoint} kept outside the database (exported to a file, a
 * second system, a timestamping service): keep one regularly and verify against it.
 */
@org.jspecify.annotations.NullMarked
package io.github.jiceng.governance.audit;
