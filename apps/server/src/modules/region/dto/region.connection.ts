import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { Region } from "../region.entity.js";

export const RegionConnection = ConnectionType(Region, "Region");
