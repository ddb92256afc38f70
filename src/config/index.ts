// The team policy: what the CLI and the Action call to load and apply a configuration.
export {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  DEFAULT_MAX_EVIDENCE_BYTES,
  defaultConfig,
  formatConfigProblem,
  parseConfig,
  type Config,
  type ConfigProblem,
} from './config.js';
export { NOT_SET, type CustomRule } from './custom-rules.js';
export { engineOptionsFromConfig, type EngineOptionsInput } from './engine-options.js';
export { loadConfig, MAX_CONFIG_BYTES, readConfigText, type LoadOptions } from './load.js';
export {
  MAX_EXTENDS_DEPTH,
  resolveExtends,
  stricterFailOn,
  type ConfigReader,
  type RemoteRead,
  type RemoteTarget,
} from './extends.js';
export { applyOverrideLabel, overrideGate } from './override.js';
export { SETTING_KEYS } from './settings.js';
