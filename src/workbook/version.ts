// The product's version, printed on every result sheet so a printout can be traced to a release.

import packageJson from "../../package.json";

export const PRODUCT_NAME = packageJson.name;
export const PRODUCT_VERSION = packageJson.version;
