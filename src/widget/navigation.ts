/** How widget links reach the widget's root: its link base, and what a click does. */
import type { InjectionKey } from 'vue'
import type { WidgetAction } from './widgetLinks.ts'

export interface WidgetNavigation {
  linkBase: () => string | undefined
  go: (action: WidgetAction) => void
}

export const WIDGET_NAVIGATION: InjectionKey<WidgetNavigation> = Symbol('pressroom.widgetNavigation')
