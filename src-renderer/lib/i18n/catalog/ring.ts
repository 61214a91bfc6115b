import { defineMessages } from '../define';

export const ring = defineMessages({
  en: {
    'nav.calculator': 'Ring calculator',
    'ring.heading': 'Swift ring builder calculator',
    'ring.intro':
      'Type swift-ring-builder commands, as on a proxy node. “swift-ring-builder object.builder” may be left out: commands go to the ring selected here.',
    'ring.rings': 'Rings',
    'ring.name.account': 'account',
    'ring.name.container': 'container',
    'ring.name.object': 'object',
    'ring.console': 'Console',
    'ring.command': 'Command',
    'ring.run': 'Run',
    'ring.working': 'Working…',
    'ring.clear': 'Clear output',
    'ring.placeholder': 'create 10 3 1',
    'ring.historyHint': '↑/↓ recall earlier commands; “help” lists every command',
    'ring.exit': 'exit code {code}',
    'ring.exitWarning': 'exit code 1: a warning',
    'ring.warning.minPartHours':
      'Warning, nothing was saved: every partition that could move has moved within min_part_hours ({hours} h). Wait {remaining}, or to practise run “pretend_min_part_hours_passed”, then rebalance again.',
    'ring.warning.nothingToMove':
      'Warning, nothing was saved: no partition needs to move, the ring is as balanced as it can be.',
    'ring.warning.cowardly':
      'Warning, nothing was saved: this rebalance changed balance and dispersion by less than 1%. Add --force to save it anyway.',
    'ring.warning.dispersion':
      'Warning, the ring was saved: dispersion {dispersion} means some partitions have more replicas in one failure domain than its weight allows. Look at “dispersion -v”, the device weights or the overload.',
    'ring.warning.balance':
      'Warning, the ring was saved: balance {balance} is above 5% and above the overload. Push this ring, wait at least min_part_hours ({hours} h) and rebalance again.',
    'ring.confirmCreate.title': 'Replace {builder}?',
    'ring.confirmCreate.body':
      '{builder} has {devices} {devices|device|devices}. “create” writes a new, empty builder over it; swift-ring-builder does not ask, and the devices and their partitions are lost.',
    'ring.confirmCreate.replace': 'Replace it',
    'ring.confirmCreate.kept': 'Not run: {builder} keeps its {devices} {devices|device|devices}.',
    'ring.empty':
      'No builder yet for the {ring} ring. Start with “create <part_power> <replicas> <min_part_hours>”, for example “create 10 3 1”.',
    'ring.didYouMean': 'Did you mean “{command}”?',
    'ring.needYes': 'Several devices match: add --yes to change them all.',
    'ring.summary':
      '{parts} {parts|partition|partitions}, {replicas} {replicas|replica|replicas}, min_part_hours {hours}, overload {overload}%',
    'ring.balance': 'Balance',
    'ring.dispersion': 'Dispersion',
    'ring.notRebalanced': 'Not rebalanced yet: run “rebalance”.',
    'ring.devices': 'Devices',
    'ring.noDevices': 'No devices. Add some with “add r1z1-10.0.0.1:6200/sdb1 100”.',
    'ring.col.id': 'ID',
    'ring.col.location': 'Region / zone',
    'ring.col.address': 'Address / device',
    'ring.col.weight': 'Weight',
    'ring.col.parts': 'Partitions',
    'ring.col.target': 'Weighted share',
    'ring.col.balance': 'Balance %',
    'ring.removing': 'removed at next rebalance',
    'ring.remove': 'Remove {device}',
    'ring.weightOf': 'Weight of {device}',
    'ring.chart': 'Partitions per device against their weighted share',
    'ring.chart.parts': 'Partitions',
    'ring.chart.target': 'Weighted share',
    'ring.tiers': 'Balance and dispersion by tier',
    'ring.col.tier': 'Tier',
    'ring.col.placed': 'Placed replicas',
    'ring.col.atRisk': 'Over-placed %',
    'ring.col.max': 'Max replicas',
  },
  ja: {
    'nav.calculator': 'リング計算機',
    'ring.heading': 'Swift リングビルダー計算機',
    'ring.intro':
      'プロキシノードと同じように swift-ring-builder のコマンドを入力します。「swift-ring-builder object.builder」は省略でき、その場合はここで選んだリングが対象になります。',
    'ring.rings': 'リング',
    'ring.name.account': 'account',
    'ring.name.container': 'container',
    'ring.name.object': 'object',
    'ring.console': 'コンソール',
    'ring.command': 'コマンド',
    'ring.run': '実行',
    'ring.working': '実行中…',
    'ring.clear': '出力を消去',
    'ring.placeholder': 'create 10 3 1',
    'ring.historyHint':
      '↑/↓ で以前のコマンドを呼び出せます。「help」で全コマンドの説明を表示します',
    'ring.exit': '終了コード {code}',
    'ring.exitWarning': '終了コード 1: 警告',
    'ring.warning.minPartHours':
      '警告。何も保存されていません。動かせるパーティションはすべて min_part_hours（{hours} 時間）以内に動いています。{remaining} 待つか、練習なら「pretend_min_part_hours_passed」を実行してから、もう一度 rebalance してください。',
    'ring.warning.nothingToMove':
      '警告。何も保存されていません。動かす必要のあるパーティションはなく、これ以上バランスはよくなりません。',
    'ring.warning.cowardly':
      '警告。何も保存されていません。このリバランスでは balance も dispersion も 1% 未満しか変わりませんでした。それでも保存するには --force を付けます。',
    'ring.warning.dispersion':
      '警告。リングは保存されました。dispersion {dispersion} は、一部のパーティションが 1 つの障害ドメインに重みが許す以上のレプリカを持つことを示します。「dispersion -v」、デバイスの重み、overload を確認してください。',
    'ring.warning.balance':
      '警告。リングは保存されました。balance {balance} は 5% を超え、overload も超えています。このリングを配布し、min_part_hours（{hours} 時間）以上待ってから、もう一度 rebalance してください。',
    'ring.confirmCreate.title': '{builder} を置き換えますか？',
    'ring.confirmCreate.body':
      '{builder} には {devices} 台のデバイスがあります。「create」は空のビルダーで上書きします。swift-ring-builder は確認せず、デバイスとパーティションの割り当ては失われます。',
    'ring.confirmCreate.replace': '置き換える',
    'ring.confirmCreate.kept':
      '実行しませんでした。{builder} の {devices} 台のデバイスはそのままです。',
    'ring.empty':
      '{ring} リングのビルダーはまだありません。「create <part_power> <replicas> <min_part_hours>」（例:「create 10 3 1」）から始めてください。',
    'ring.didYouMean': '「{command}」のことですか？',
    'ring.needYes': '複数のデバイスが一致しました。すべて変更するには --yes を付けてください。',
    'ring.summary':
      'パーティション {parts}、レプリカ {replicas}、min_part_hours {hours}、overload {overload}%',
    'ring.balance': 'バランス',
    'ring.dispersion': '分散度',
    'ring.notRebalanced': 'まだリバランスしていません。「rebalance」を実行してください。',
    'ring.devices': 'デバイス',
    'ring.noDevices':
      'デバイスがありません。「add r1z1-10.0.0.1:6200/sdb1 100」のように追加してください。',
    'ring.col.id': 'ID',
    'ring.col.location': 'リージョン / ゾーン',
    'ring.col.address': 'アドレス / デバイス',
    'ring.col.weight': '重み',
    'ring.col.parts': 'パーティション',
    'ring.col.target': '重みに応じた割り当て',
    'ring.col.balance': 'バランス %',
    'ring.removing': '次のリバランスで削除',
    'ring.remove': '{device} を削除',
    'ring.weightOf': '{device} の重み',
    'ring.chart': 'デバイスごとのパーティション数と重みに応じた割り当て',
    'ring.chart.parts': 'パーティション',
    'ring.chart.target': '重みに応じた割り当て',
    'ring.tiers': '階層ごとのバランスと分散',
    'ring.col.tier': '階層',
    'ring.col.placed': '配置レプリカ数',
    'ring.col.atRisk': '過剰配置 %',
    'ring.col.max': '最大レプリカ数',
  },
});
