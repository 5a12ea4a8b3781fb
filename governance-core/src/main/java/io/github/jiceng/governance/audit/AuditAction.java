package io.github.jiceng.governance.audit;

/**
 * What an audit record records. Each area records its own actions; the list grows as areas land
 * (service requests, cases, routing tables).
 */
public enum AuditAction {
  /** An access decision on a task request for one community (准入决定). */
  ACCESS_DECISION,
  /** A step of the leadership group on a task request: approval, rejection or revocation (审批). */
  APPROVAL_STEP,
  /** A policy version published to the store (政策发布). */
  POLICY_PUBLICATION,
  /** A bulk import of a community's households and residents (数据导入). */
  IMPORT,
  /** A data scope granted to an actor (授予数据权限). */
  SCOPE_GRANT,
  /** A data scope revoked from an actor (撤销数据权限). */
  SCOPE_REVOCATION,
  /** A service-catalogue version published to the store (服务事项目录发布). */
  CATALOGUE_PUBLICATION,
  /** A resident's service request taken at a window (服务事项受理). */
  SERVICE_INTAKE,
  /** A step of a service request: handed over, returned, done, refused, withdrawn (办理环节). */
  SERVICE_TRANSITION,
  /** A resident's rating of a settled service request (满意度评价). */
  SERVICE_RATING,
  /** A case reported on the closed loop (案件上报). */
  CASE_REPORT,
  /** A step of a case: accepted, filed, dispatched, handled, verified, closed, escalated (案件流转). */
  CASE_TRANSITION,
  /** A routing-table version published, with who, when and why (派遣规则变更). */
  ROUTING_PUBLICATION,
  /** A dispute brought, or an attempt to mediate it (矛盾纠纷调解). */
  DISPUTE_MEDIATION,
  /** The reporter's evaluation of a closed case (案件评价). */
  CASE_EVALUATION,
  /** An account opened in a points or time bank, or an entry of its ledger (积分、时间银行记账). */
  POINTS_ENTRY,
  /** A visit to or a talk with a resident who needs care (关爱走访、帮教谈话). */
  CARE_VISIT,
  /** A community worker's assessment recorded (社区工作者考核). */
  WORKER_ASSESSMENT,
  /** A change of divisions recorded: a merge, split, rename or abolition (区划调整). */
  DIVISION_CHANGE,
  /** A publication on a committee's notice board, or a major matter it decided (村务公开). */
  PUBLICATION,
  /** A counted round of a committee election recorded (换届选举结果). */
  ELECTION,
  /** A consultation recorded, with its vote (社区协商). */
  CONSULTATION,
  /** A residents' council set up or changed, or one of its projects moved on (居民理事会). */
  COUNCIL_CHANGE,
  /** Personal data shown in clear for a stated purpose (查看明文个人信息). */
  CLEAR_VIEW,
  /** Old records removed from the trail after the retention period, leaving a checkpoint (清理). */
  PRUNING
}
