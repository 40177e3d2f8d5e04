import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { loadVisibleSupportContract } from "./load-visible-contract";

registerNodeFetcher(NodeType.SupportContract, loadVisibleSupportContract);
