package io.github.jiceng.governance.service;

import io.github.jiceng.governance.policy.Text;
import java.util.Set;

/**
 * What can happen to a service request, and from which states (the lifecycle, written once):
 *
 * <table>
 *   <caption>Events</caption>
 *   <tr><th>event</th><th>from</th><th>to</th></tr>
 *   <tr><td>{@link #HAND_TO_DEPARTMENT}</td><td>received, returned</td><td>with department</td></tr>
 *   <tr><td>{@link #RETURN_FOR_CORRECTION}</td><td>received, with department</td><td>returned</td></tr>
 *   <tr><td>{@link #COMPLETE}</td><td>received, with department</td><td>done</td></tr>
 *   <tr><td>{@link #REFUSE}</td><td>received, with department, returned</td><td>refused</td></tr>
 *   <tr><td>{@link #WITHDRAW}</td><td>received, with department, returned</td><td>withdrawn</td></tr>
 * </table>
 *
 * <p>Proxy handling (代办) is the path through {@link #HAND_TO_DEPARTMENT} — as often as materials
 * come back — to {@link #COMPLETE} when the result is fetched.
 */
public enum RequestEvent {
  /** Handed to the responsible department (转交部门). */
  HAND_TO_DEPARTMENT(
      Text.of("转交部门", "hand to the department"),
      Set.of(RequestState.RECEIVED, RequestState.RETURNED),
      RequestState.WITH_DEPARTMENT),
  /** Returned to the resident for correction (退回补正). */
  RETURN_FOR_CORRECTION(
      Text.of("退回补正", "return for correction"),
      Set.of(RequestState.RECEIVED, RequestState.WITH_DEPARTMENT),
      RequestState.RETURNED),
  /** Settled: the result given, or fetched from the department (办结). */
  COMPLETE(
      Text.of("办结", "complete"),
      Set.of(RequestState.RECEIVED, RequestState.WITH_DEPARTMENT),
      RequestState.DONE),
  /** Refused, with the reason (不予办理). */
  REFUSE(
      Text.of("不予办理", "refuse"),
      Set.of(RequestState.RECEIVED, RequestState.WITH_DEPARTMENT, RequestState.RETURNED),
      RequestState.REFUSED),
  /** Withdrawn by the resident (撤回). */
  WITHDRAW(
      Text.of("撤回", "withdraw"),
      Set.of(RequestState.RECEIVED, RequestState.WITH_DEPARTMENT, RequestState.RETURNED),
      RequestState.WITHDRAWN);

  private final Text label;
  private final Set<RequestState> from;
  private final RequestState to;

  RequestEvent(Text label, Set<RequestState> from, RequestState to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  /** The event's name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** Whether it can happen to a request in {@code state}. */
  public boolean allowedFrom(RequestState state) {
    return from.contains(state);
  }

  /** The state it leads to. */
  public RequestState to() {
    return to;
  }
}
