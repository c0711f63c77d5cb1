// ESLint flat config. The one project-specific rule: lambda/core/** is the pure domain and may not
// import the AWS SDK or Lambda runtime types, nor read process.env (configuration comes in as data).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'cdk.out/**', 'dist/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lambda/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@aws-sdk/*', '@smithy/*'], message: 'lambda/core is pure: no AWS SDK. Put I/O in lambda/aws/.' },
            {
              group: ['aws-lambda', '@aws-lambda-powertools/*'],
              message: 'lambda/core is pure: no Lambda runtime imports.',
            },
            { group: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs'], message: 'lambda/core is pure: no CDK.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'lambda/core reads no process.env: pass configuration in as data.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'lambda/core reads no process.env.',
        },
      ],
    },
  },
);
