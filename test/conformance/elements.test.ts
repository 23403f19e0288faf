/**
 * Every public tag passes the element conformance suite (`suite.ts`). A new element writes its spec
 * in `specs.ts` and adds its line here.
 */
import {
  contactList,
  csvImporter,
  inviteAccept,
  inviteStatus,
  permissionMatrix,
  porticoProvider,
  saasSeatPanel,
} from './specs.js';
import { runConformance } from './suite.js';

runConformance(contactList);
runConformance(csvImporter);
runConformance(permissionMatrix);
runConformance(porticoProvider);
runConformance(inviteStatus);
runConformance(inviteAccept);
runConformance(saasSeatPanel);
