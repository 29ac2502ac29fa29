import { createAppConfig } from './config'

export default createAppConfig()
