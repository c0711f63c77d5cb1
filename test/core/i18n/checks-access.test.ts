/**
 * Cross-account and deployer checks converted to catalog texts (issue 15, step 4): English stays exactly what
 * the checks wrote before the conversion, other languages localize title, summary, details and fix texts,
 * identifiers pass through, and the fingerprint does not depend on the language.
 */
import { IMAGE_CROSS_ACCOUNT_ECR } from '../../../lambda/core/checks/cross-account/ecr-image';
import { LAYER_CROSS_ACCOUNT } from '../../../lambda/core/checks/cross-account/layer';
import type { Finding } from '../../../lambda/core/findings/types';
import { LANGS } from '../../../lambda/core/i18n';
import { localizeFinding } from '../../../lambda/core/render/localize';
import type { FunctionInfo } from '../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, fn, role, single } from '../../support/factory';

const OTHER = '444455556666';
const LAYER = `arn:aws:lambda:us-east-1:${OTHER}:layer:shared-tools:7`;
const IMAGE = `${OTHER}.dkr.ecr.us-east-1.amazonaws.com/app/api:v1`;
const REPO = `arn:aws:ecr:us-east-1:${OTHER}:repository/app/api`;
const DENIED = { stateReasonCode: 'ImageAccessDenied', stateReason: 'Lambda was unable to access the image.' };

function finding(check: typeof LAYER_CROSS_ACCOUNT, extra: Partial<FunctionInfo>): Finding {
  const f = fn('a-art', 'a-art-role', extra);
  return check.run({ snapshot: single(f, role('a-art-role')), fn: f, now: NOW }).findings[0];
}

const layer = (): Finding => finding(LAYER_CROSS_ACCOUNT, { layers: [{ arn: LAYER, accountId: OTHER }] });
const ecr = (extra: Partial<FunctionInfo> = {}): Finding =>
  finding(IMAGE_CROSS_ACCOUNT_ECR, { packageType: 'Image', imageUri: IMAGE, ...extra });

/** Finding factory, English texts as the check wrote them before the conversion, identifiers to keep. */
const CASES: readonly (readonly [string, () => Finding, readonly string[], readonly string[]])[] = [
  [
    'LAA-LAYER-CROSS-ACCOUNT',
    layer,
    [
      `a-art uses layer shared-tools from account ${OTHER}`,
      `Layer ${LAYER} belongs to account ${OTHER}, whose layer policy this account cannot see, so deployments of a-art depend on that account keeping lambda:GetLayerVersion granted.`,
      `If deployments fail with AccessDeniedException on shared-tools, the layer owner (${OTHER}) must grant this account lambda:GetLayerVersion.`,
    ],
    ['shared-tools', OTHER, 'a-art'],
  ],
  [
    'LAA-IMAGE-CROSS-ACCOUNT-ECR (working)',
    () => ecr(),
    [
      "a-art pulls its image from another account's repository app/api",
      `The image of a-art lives in account ${OTHER}, whose repository policy must keep allowing lambda.amazonaws.com to pull it.`,
      `In account ${OTHER}, allow lambda.amazonaws.com and account ${ACCOUNT} ecr:BatchGetImage and ecr:GetDownloadUrlForLayer in the policy of app/api.`,
    ],
    ['app/api', 'a-art'],
  ],
  [
    'LAA-IMAGE-CROSS-ACCOUNT-ECR (ImageAccessDenied)',
    () => ecr(DENIED),
    [
      `a-art cannot pull its image from account ${OTHER}: ImageAccessDenied`,
      `Lambda reports ImageAccessDenied for a-art: "Lambda was unable to access the image.", so the repository policy of ${REPO} does not let Lambda pull the image.`,
    ],
    ['ImageAccessDenied', OTHER, 'a-art'],
  ],
  [
    'LAA-IMAGE-CROSS-ACCOUNT-ECR (ImageAccessDenied, no reason)',
    () => ecr({ lastUpdateStatusReasonCode: 'ImageAccessDenied' }),
    [
      `a-art cannot pull its image from account ${OTHER}: ImageAccessDenied`,
      `Lambda reports ImageAccessDenied for a-art, so the repository policy of ${REPO} does not let Lambda pull the image.`,
    ],
    ['ImageAccessDenied', OTHER],
  ],
];

describe.each(CASES)('%s texts', (_name, make, english, ids) => {
  it('keeps the English texts the check wrote before the conversion', () => {
    const f = make();
    expect([f.title, f.explanation.summary, f.fix?.summary].slice(0, english.length)).toEqual(english);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s: every text localized, identifiers verbatim', (lang) => {
    const f = make();
    const local = localizeFinding(f, lang);
    expect(local.title).not.toBe(f.title);
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    expect(local.fix?.summary).not.toBe(f.fix?.summary);
    local.explanation.details.forEach((d, i) => expect(d).not.toBe(f.explanation.details[i]));
    // The check's own note comes first; notes the fix renderers add (lambda/core/fix) are not this area's.
    expect(local.fix?.notes[0]).not.toBe(f.fix?.notes[0]);
    for (const id of ids) expect(`${local.title} ${local.explanation.summary}`).toContain(id);
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(local.text).toBeUndefined();
  });
});
