# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outings_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OutingsPanelForm(object):
    def setupUi(self, OutingsPanelForm):
        if not OutingsPanelForm.objectName():
            OutingsPanelForm.setObjectName(u"OutingsPanelForm")
        OutingsPanelForm.resize(1100, 680)
        self.panelLayout = QVBoxLayout(OutingsPanelForm)
        self.panelLayout.setObjectName(u"panelLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchLabel = QLabel(OutingsPanelForm)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolbarLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(OutingsPanelForm)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.openOnlyCheck = QCheckBox(OutingsPanelForm)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.toolbarLayout.addWidget(self.openOnlyCheck)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(OutingsPanelForm)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QPushButton(OutingsPanelForm)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(OutingsPanelForm)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.deleteButton)

        self.reportButton = QPushButton(OutingsPanelForm)
        self.reportButton.setObjectName(u"reportButton")
        self.reportButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.reportButton)


        self.panelLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(OutingsPanelForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.outingTable = QTableView(self.splitter)
        self.outingTable.setObjectName(u"outingTable")
        self.outingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outingTable.setSortingEnabled(True)
        self.outingTable.setTabKeyNavigation(False)
        self.splitter.addWidget(self.outingTable)
        self.outingTable.horizontalHeader().setStretchLastSection(True)
        self.outingTable.verticalHeader().setVisible(False)
        self.detailWidget = QWidget(self.splitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLabel = QLabel(self.detailWidget)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.detailLayout.addWidget(self.headerLabel)

        self.detailTabs = QTabWidget(self.detailWidget)
        self.detailTabs.setObjectName(u"detailTabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayout = QHBoxLayout(self.overviewTab)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewLabel = QLabel(self.overviewTab)
        self.overviewLabel.setObjectName(u"overviewLabel")
        self.overviewLabel.setText(u"")
        self.overviewLabel.setWordWrap(True)
        self.overviewLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.overviewLabel.setTextFormat(Qt.TextFormat.RichText)
        self.overviewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.overviewLayout.addWidget(self.overviewLabel)

        self.programmeView = QTableWidget(self.overviewTab)
        if (self.programmeView.columnCount() < 3):
            self.programmeView.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.programmeView.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.programmeView.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.programmeView.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.programmeView.setObjectName(u"programmeView")
        self.programmeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.programmeView.setColumnCount(3)
        self.programmeView.horizontalHeader().setStretchLastSection(True)
        self.programmeView.verticalHeader().setVisible(False)

        self.overviewLayout.addWidget(self.programmeView)

        self.detailTabs.addTab(self.overviewTab, "")
        self.participantsTab = QWidget()
        self.participantsTab.setObjectName(u"participantsTab")
        self.participantsLayout = QVBoxLayout(self.participantsTab)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.countLabel = QLabel(self.participantsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.participantsLayout.addWidget(self.countLabel)

        self.participantTable = QTableWidget(self.participantsTab)
        if (self.participantTable.columnCount() < 5):
            self.participantTable.setColumnCount(5)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.participantTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.participantTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.participantTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.participantTable.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.participantTable.setHorizontalHeaderItem(4, __qtablewidgetitem7)
        self.participantTable.setObjectName(u"participantTable")
        self.participantTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participantTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participantTable.setTabKeyNavigation(False)
        self.participantTable.setColumnCount(5)
        self.participantTable.horizontalHeader().setStretchLastSection(True)
        self.participantTable.verticalHeader().setVisible(False)

        self.participantsLayout.addWidget(self.participantTable)

        self.participantButtons = QHBoxLayout()
        self.participantButtons.setObjectName(u"participantButtons")
        self.addParticipantButton = QPushButton(self.participantsTab)
        self.addParticipantButton.setObjectName(u"addParticipantButton")
        self.addParticipantButton.setAutoDefault(False)

        self.participantButtons.addWidget(self.addParticipantButton)

        self.editParticipantButton = QPushButton(self.participantsTab)
        self.editParticipantButton.setObjectName(u"editParticipantButton")
        self.editParticipantButton.setAutoDefault(False)

        self.participantButtons.addWidget(self.editParticipantButton)

        self.removeParticipantButton = QPushButton(self.participantsTab)
        self.removeParticipantButton.setObjectName(u"removeParticipantButton")
        self.removeParticipantButton.setAutoDefault(False)

        self.participantButtons.addWidget(self.removeParticipantButton)

        self.participantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantButtons.addItem(self.participantSpacer)

        self.mailButton = QPushButton(self.participantsTab)
        self.mailButton.setObjectName(u"mailButton")
        self.mailButton.setAutoDefault(False)

        self.participantButtons.addWidget(self.mailButton)

        self.exportParticipantsButton = QPushButton(self.participantsTab)
        self.exportParticipantsButton.setObjectName(u"exportParticipantsButton")
        self.exportParticipantsButton.setAutoDefault(False)

        self.participantButtons.addWidget(self.exportParticipantsButton)


        self.participantsLayout.addLayout(self.participantButtons)

        self.detailTabs.addTab(self.participantsTab, "")
        self.tasksTab = QWidget()
        self.tasksTab.setObjectName(u"tasksTab")
        self.tasksLayout = QVBoxLayout(self.tasksTab)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.taskList = QListWidget(self.tasksTab)
        self.taskList.setObjectName(u"taskList")

        self.tasksLayout.addWidget(self.taskList)

        self.taskButtons = QHBoxLayout()
        self.taskButtons.setObjectName(u"taskButtons")
        self.addTaskButton = QPushButton(self.tasksTab)
        self.addTaskButton.setObjectName(u"addTaskButton")
        self.addTaskButton.setAutoDefault(False)

        self.taskButtons.addWidget(self.addTaskButton)

        self.editTaskButton = QPushButton(self.tasksTab)
        self.editTaskButton.setObjectName(u"editTaskButton")
        self.editTaskButton.setAutoDefault(False)

        self.taskButtons.addWidget(self.editTaskButton)

        self.removeTaskButton = QPushButton(self.tasksTab)
        self.removeTaskButton.setObjectName(u"removeTaskButton")
        self.removeTaskButton.setAutoDefault(False)

        self.taskButtons.addWidget(self.removeTaskButton)

        self.taskSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.taskButtons.addItem(self.taskSpacer)


        self.tasksLayout.addLayout(self.taskButtons)

        self.detailTabs.addTab(self.tasksTab, "")
        self.expensesTab = QWidget()
        self.expensesTab.setObjectName(u"expensesTab")
        self.expensesLayout = QHBoxLayout(self.expensesTab)
        self.expensesLayout.setObjectName(u"expensesLayout")
        self.expenseListLayout = QVBoxLayout()
        self.expenseListLayout.setObjectName(u"expenseListLayout")
        self.expenseTable = QTableWidget(self.expensesTab)
        if (self.expenseTable.columnCount() < 7):
            self.expenseTable.setColumnCount(7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.expenseTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.expenseTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.expenseTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.expenseTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.expenseTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.expenseTable.setHorizontalHeaderItem(5, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.expenseTable.setHorizontalHeaderItem(6, __qtablewidgetitem14)
        self.expenseTable.setObjectName(u"expenseTable")
        self.expenseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expenseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expenseTable.setTabKeyNavigation(False)
        self.expenseTable.setColumnCount(7)
        self.expenseTable.horizontalHeader().setStretchLastSection(True)
        self.expenseTable.verticalHeader().setVisible(False)

        self.expenseListLayout.addWidget(self.expenseTable)

        self.expenseButtons = QHBoxLayout()
        self.expenseButtons.setObjectName(u"expenseButtons")
        self.addExpenseButton = QPushButton(self.expensesTab)
        self.addExpenseButton.setObjectName(u"addExpenseButton")
        self.addExpenseButton.setAutoDefault(False)

        self.expenseButtons.addWidget(self.addExpenseButton)

        self.editExpenseButton = QPushButton(self.expensesTab)
        self.editExpenseButton.setObjectName(u"editExpenseButton")
        self.editExpenseButton.setAutoDefault(False)

        self.expenseButtons.addWidget(self.editExpenseButton)

        self.removeExpenseButton = QPushButton(self.expensesTab)
        self.removeExpenseButton.setObjectName(u"removeExpenseButton")
        self.removeExpenseButton.setAutoDefault(False)

        self.expenseButtons.addWidget(self.removeExpenseButton)

        self.openReceiptButton = QPushButton(self.expensesTab)
        self.openReceiptButton.setObjectName(u"openReceiptButton")
        self.openReceiptButton.setAutoDefault(False)

        self.expenseButtons.addWidget(self.openReceiptButton)

        self.expenseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expenseButtons.addItem(self.expenseSpacer)


        self.expenseListLayout.addLayout(self.expenseButtons)


        self.expensesLayout.addLayout(self.expenseListLayout)

        self.budgetHost = QWidget(self.expensesTab)
        self.budgetHost.setObjectName(u"budgetHost")
        self.budgetHost.setMinimumSize(QSize(280, 0))

        self.expensesLayout.addWidget(self.budgetHost)

        self.detailTabs.addTab(self.expensesTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.emptyLabel = QLabel(self.detailWidget)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.emptyLabel)

        self.splitter.addWidget(self.detailWidget)

        self.panelLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.openOnlyCheck)
        QWidget.setTabOrder(self.openOnlyCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.outingTable)
        QWidget.setTabOrder(self.outingTable, self.detailTabs)

        self.retranslateUi(OutingsPanelForm)

        QMetaObject.connectSlotsByName(OutingsPanelForm)
    # setupUi

    def retranslateUi(self, OutingsPanelForm):
        self.searchLabel.setText(QCoreApplication.translate("OutingsPanelForm", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("OutingsPanelForm", u"Search outings", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OutingsPanelForm", u"Title, venue or description", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("OutingsPanelForm", u"Only &planned and confirmed", None))
        self.newButton.setText(QCoreApplication.translate("OutingsPanelForm", u"&New outing", None))
        self.editButton.setText(QCoreApplication.translate("OutingsPanelForm", u"&Edit", None))
        self.deleteButton.setText(QCoreApplication.translate("OutingsPanelForm", u"&Delete", None))
        self.reportButton.setText(QCoreApplication.translate("OutingsPanelForm", u"&Report (PDF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.outingTable.setAccessibleName(QCoreApplication.translate("OutingsPanelForm", u"Outings", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.programmeView.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OutingsPanelForm", u"Time", None))
        ___qtablewidgetitem1 = self.programmeView.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OutingsPanelForm", u"Programme", None))
        ___qtablewidgetitem2 = self.programmeView.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OutingsPanelForm", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.programmeView.setAccessibleName(QCoreApplication.translate("OutingsPanelForm", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.overviewTab), QCoreApplication.translate("OutingsPanelForm", u"Overview", None))
        ___qtablewidgetitem3 = self.participantTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OutingsPanelForm", u"Name", None))
        ___qtablewidgetitem4 = self.participantTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OutingsPanelForm", u"Reply", None))
        ___qtablewidgetitem5 = self.participantTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("OutingsPanelForm", u"E-mail", None))
        ___qtablewidgetitem6 = self.participantTable.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("OutingsPanelForm", u"Dietary needs", None))
        ___qtablewidgetitem7 = self.participantTable.horizontalHeaderItem(4)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("OutingsPanelForm", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.participantTable.setAccessibleName(QCoreApplication.translate("OutingsPanelForm", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        self.addParticipantButton.setText(QCoreApplication.translate("OutingsPanelForm", u"&Add participant\u2026", None))
        self.editParticipantButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Change\u2026", None))
        self.removeParticipantButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Remove", None))
        self.mailButton.setText(QCoreApplication.translate("OutingsPanelForm", u"E-&mail all\u2026", None))
        self.exportParticipantsButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Export list (CSV)\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.participantsTab), QCoreApplication.translate("OutingsPanelForm", u"Participants", None))
#if QT_CONFIG(accessibility)
        self.taskList.setAccessibleName(QCoreApplication.translate("OutingsPanelForm", u"Checklist", None))
#endif // QT_CONFIG(accessibility)
        self.addTaskButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Add &task\u2026", None))
        self.editTaskButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Change\u2026", None))
        self.removeTaskButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Remove", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.tasksTab), QCoreApplication.translate("OutingsPanelForm", u"Tasks", None))
        ___qtablewidgetitem8 = self.expenseTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("OutingsPanelForm", u"Date", None))
        ___qtablewidgetitem9 = self.expenseTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("OutingsPanelForm", u"Description", None))
        ___qtablewidgetitem10 = self.expenseTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("OutingsPanelForm", u"Category", None))
        ___qtablewidgetitem11 = self.expenseTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("OutingsPanelForm", u"Amount", None))
        ___qtablewidgetitem12 = self.expenseTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("OutingsPanelForm", u"VAT", None))
        ___qtablewidgetitem13 = self.expenseTable.horizontalHeaderItem(5)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("OutingsPanelForm", u"Paid by", None))
        ___qtablewidgetitem14 = self.expenseTable.horizontalHeaderItem(6)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("OutingsPanelForm", u"Receipt", None))
#if QT_CONFIG(accessibility)
        self.expenseTable.setAccessibleName(QCoreApplication.translate("OutingsPanelForm", u"Expenses", None))
#endif // QT_CONFIG(accessibility)
        self.addExpenseButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Add e&xpense\u2026", None))
        self.editExpenseButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Change\u2026", None))
        self.removeExpenseButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Remove", None))
        self.openReceiptButton.setText(QCoreApplication.translate("OutingsPanelForm", u"Open receipt", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.expensesTab), QCoreApplication.translate("OutingsPanelForm", u"Budget and expenses", None))
        self.emptyLabel.setText(QCoreApplication.translate("OutingsPanelForm", u"Choose an outing above, or add one with \u201cNew outing\u201d.", None))
        pass
    # retranslateUi

