/**
 * The finding an alert renderer formats: every string made safe for the channel (see ../sanitize.ts) and
 * an oversized CloudTrail `errorMessage` cut with a marker, whatever the intake did before.
 */
import type { Finding } from '../../findings/types';
import { MAX_ALERT_ERROR_MESSAGE, mapStrings, truncateWithMarker } from '../sanitize';

/** `finding` with `errorMessage` bounded and every string passed through `text`. */
export function safeFinding(finding: Finding, text: (s: string) => string): Finding {
  const bounded: Finding =
    finding.event?.errorMessage && finding.event.errorMessage.length > MAX_ALERT_ERROR_MESSAGE
      ? {
          ...finding,
          event: {
            ...finding.event,
            errorMessage: truncateWithMarker(finding.event.errorMessage, MAX_ALERT_ERROR_MESSAGE),
          },
        }
      : finding;
  return mapStrings(bounded, text);
}
