import kebabCaseFilename from './kebab-case-filename.mjs';
import noCrossFeatureImports from './no-cross-feature-imports.mjs';
import noLiteralUiText from './no-literal-ui-text.mjs';
import resolverPolicy from './resolver-policy.mjs';

/** Schaltplan's own lint rules, used as the `schaltplan` plugin in eslint.config.mjs. */
export default {
  meta: { name: 'eslint-plugin-schaltplan', version: '0.1.0' },
  rules: {
    'kebab-case-filename': kebabCaseFilename,
    'no-cross-feature-imports': noCrossFeatureImports,
    'no-literal-ui-text': noLiteralUiText,
    'resolver-policy': resolverPolicy,
  },
};
