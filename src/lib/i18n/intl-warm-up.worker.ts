// Started by main.tsx for pages that show times: see warmUpFormatters.
import { warmUpFormatters } from './format-time'

warmUpFormatters()
self.close()
