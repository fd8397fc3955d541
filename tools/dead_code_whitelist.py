"""Names the search for unused code (tests/test_dead_code.py) must not report: each is called
by a framework or by name, never by our code. Vulture's whitelist format: one use per name."""

# ruff: noqa: B018, F821 - a whitelist only names things

# SQLAlchemy: column types and compiled constructs read these by name
_.impl
_.cache_ok
_.inherit_cache
_.process_bind_param
_.process_result_value
__mapper_args__
_.type_param  # vobject: a property's TYPE parameter, written by assignment

# Qt calls these overrides (QAbstractItemModel, item delegates, highlighters, text objects)
_.multiData
_.createEditor
_.setEditorData
_.setModelData
_.highlightBlock
_.intrinsicSize
_.drawObject
_.mouseMoveEvent
_.mouseDoubleClickEvent
_.paintEvent
_.contextMenuEvent
# Qt's objects live as long as a Python reference holds them: these attributes are that reference
_.new_menu
_.calendar_action
_.preview_dialog
_.first_action
_.previous_action
_.next_action
_.last_action

# COM (pywin32 / comtypes): the interface's methods and their reserved parameters
_._com_interfaces_
_.DragOver
_.DragLeave
reserved
reserved1
reserved2
reserved3

# exchangelib reads its protocol settings and field hooks by name
_.TIMEOUT
_.distinguished_property_set_id
_.property_name
_.property_type
_.date_to_datetime
_.from_xml

# python-docx: section geometry set by assignment
_.page_height

# the compiler dispatches on the node's or the function's name (getattr(self, f"_{kind}"))
_._fn_today
_._fn_date
_._fn_upper
_._fn_lower
_._fn_len
_._unary
_._binary
_._inranges
_._inpattern
# toolbar actions connected by name (getattr(self, f"{name}_clicked"))
_.preview_clicked
_.pdf_clicked
_.word_clicked

# the domain's rule and hook modules are imported for their registrations (crm/domain.py)
RULE_MODULES
HOOK_MODULES
# qtawesome's icon font registry, filled by name
_.fontids
_.icon_cache

# records: audit columns written by assignment and read by the grids and the team server
_.price_unit
_.remote_modified_at
_.resolved_by
_.last_seen_at
