import { createAppConfig } from './server/config'

export default createAppConfig()
